// The defaults generate both artifacts under io.github.aria2j, and the user's code compiles against them
// and runs.
def out = new File(basedir, 'target/generated-sources/aria2j/io/github/aria2j')
['options/AddOptions.java', 'options/ChangeOptions.java', 'options/GlobalOptions.java',
 'client/Aria2Client.java', 'client/Aria2AsyncClient.java', 'client/Aria2Batch.java', 'client/Aria2ClientBuilder.java',
 'model/DownloadStatus.java', 'notification/Aria2Events.java', 'notification/DownloadComplete.java'].each {
    assert new File(out, it).isFile() : "missing generated file $it"
}
assert new File(basedir, 'target/classes/io/github/aria2j/options/AddOptions.class').isFile()
assert new File(basedir, 'target/classes/example/Usage.class').isFile()

def log = new File(basedir, 'build.log').text
assert log =~ /aria2j: \d+ files generated in /
assert !log.contains('up to date')

// Run the user's code: the options builder validates and writes what aria2 receives.
def jar = { String group, String artifact ->
    def dir = new File(localRepositoryPath, group.replace('.', '/') + '/' + artifact)
    def found = dir.listFiles().collect { new File(it, "$artifact-${it.name}.jar") }.find { it.isFile() }
    assert found : "no $artifact in $dir"
    found.toURI().toURL()
}
def urls = [new File(basedir, 'target/classes').toURI().toURL(),
            jar('io.github.aria2j', 'aria2-runtime'),
            jar('com.fasterxml.jackson.core', 'jackson-core')] as URL[]
def loader = new URLClassLoader(urls, ClassLoader.platformClassLoader)
def result = loader.loadClass('example.Usage').getMethod('options').invoke(null)
assert result == '{split=[4]}'
// The client's events: one object, shared with the views, not connected until used, gone with the client.
assert loader.loadClass('example.Usage').getMethod('events').invoke(null) == 'true false closed'
return true
