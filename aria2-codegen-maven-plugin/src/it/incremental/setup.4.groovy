// Before the fourth run: edit a generated file by hand; the inputs stay as in run 3.
def addOptions = new File(basedir, 'target/generated-sources/aria2j/io/github/aria2j/options/AddOptions.java')
addOptions.append('// edited by hand\n')
return true
