// After the first run: remember every generated file's modification time.
import java.nio.file.Files

def out = new File(basedir, 'target/generated-sources/aria2j')
def files = []
out.eachFileRecurse { if (it.name.endsWith('.java')) files << it }
assert files.size() > 20
assert new File(out, 'io/github/aria2j/client/Aria2Client.java').isFile()
def times = new Properties()
files.each { times[out.toPath().relativize(it.toPath()).toString()] = Files.getLastModifiedTime(it.toPath()).toString() }
new File(basedir, 'target/times-after-run-1.properties').withOutputStream { times.store(it, null) }
return true
