// The overlay's method is in both clients and the method table, its option in the option builders, all
// under the configured package; the user's code calling them compiled, and runs.
def out = new File(basedir, 'target/generated-sources/aria2j/com/example/aria2')
def client = new File(out, 'client/Aria2Client.java')
assert client.isFile()
assert client.text =~ /String fooBar\(String gid\)/
assert client.text =~ /String fooBar\(String gid, int level\)/
assert new File(out, 'client/Aria2AsyncClient.java').text =~ /CompletableFuture<String> fooBar\(/
assert new File(out, 'client/Aria2Methods.java').text.contains('"aria2.fooBar"')
assert new File(out, 'options/AddOptions.java').text =~ /fooBarLimit\(/
assert new File(out, 'notification/Aria2Events.java').text.contains('package com.example.aria2.notification;')
assert client.text.contains('Aria2Events events();')
assert !new File(basedir, 'target/generated-sources/aria2j/io').exists() : 'nothing under the default package'
assert new File(basedir, 'target/classes/example/FooBarUsage.class').isFile()

def jar = { String group, String artifact ->
    def dir = new File(localRepositoryPath, group.replace('.', '/') + '/' + artifact)
    def found = dir.listFiles().collect { new File(it, "$artifact-${it.name}.jar") }.find { it.isFile() }
    assert found : "no $artifact in $dir"
    found.toURI().toURL()
}
def urls = [new File(basedir, 'target/classes').toURI().toURL(),
            jar('io.github.aria2j', 'aria2-runtime'),
            jar('com.fasterxml.jackson.core', 'jackson-core')] as URL[]
def usage = new URLClassLoader(urls, ClassLoader.platformClassLoader).loadClass('example.FooBarUsage')

assert usage.getMethod('options').invoke(null) == '{foo-bar-limit=[3]}'
def call = usage.getMethod('callFooBar').invoke(null)
assert call.startsWith('2089b05ecca3d829 ')
assert call.contains('"method":"aria2.fooBar"')
assert call =~ /"params":\["token:s3cret","2089b05ecca3d829","?3"?\]/
return true
