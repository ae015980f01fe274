// After the second, unchanged run: no file was rewritten (same modification times).
import java.nio.file.Files

def out = new File(basedir, 'target/generated-sources/aria2j')
def times = new Properties()
new File(basedir, 'target/times-after-run-1.properties').withInputStream { times.load(it) }
times.each { String path, String time ->
    assert Files.getLastModifiedTime(new File(out, path).toPath()).toString() == time : "$path was rewritten"
}
return true
