// Only the option builders (and their value enums) are generated: no client, model, codec or notification.
def out = new File(basedir, 'target/generated-sources/aria2j/io/github/aria2j')
assert new File(out, 'options/AddOptions.java').isFile()
assert new File(out, 'options/ChangeOptions.java').isFile()
assert new File(out, 'options/GlobalOptions.java').isFile()
def packages = out.listFiles().findAll { it.isDirectory() }*.name.sort()
assert packages == ['options'] : "unexpected packages $packages"
assert new File(basedir, 'target/classes/example/OptionsUsage.class').isFile()
return true
