// After all four runs: the edited file was restored, and the log shows what each run did.
def addOptions = new File(basedir, 'target/generated-sources/aria2j/io/github/aria2j/options/AddOptions.java')
assert !addOptions.text.contains('edited by hand')

def log = new File(basedir, 'build.log').text
def runs = (log =~ /aria2j: (\d+) files generated in .* \((\d+) written, (\d+) unchanged, (\d+) deleted\)/).collect { it }
assert runs.size() == 3 : 'runs 1, 3 and 4 generate; run 2 does not'
def (first, third, fourth) = runs
assert first[4] == '0' : 'run 1 deletes nothing'
assert third[2] == '0' : 'run 3 rewrites no option file'
assert (third[4] as int) > 0 : 'run 3 deletes the client files'
assert fourth[2] == '1' && fourth[4] == '0' : 'run 4 rewrites the edited file only'
def upToDate = 'aria2j: generated sources are up to date (schema and configuration unchanged)'
assert log.count(upToDate) == 1
assert log.indexOf(first[0]) < log.indexOf(upToDate) && log.indexOf(upToDate) < log.indexOf(third[0])
return true
