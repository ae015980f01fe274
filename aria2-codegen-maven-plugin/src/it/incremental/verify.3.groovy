// After the third run (options only): the client's files that runs 1 and 2 generated are gone, the
// options are still there, the user's own file is untouched.
def out = new File(basedir, 'target/generated-sources/aria2j/io/github/aria2j')
assert new File(out, 'options/AddOptions.java').isFile()
assert !new File(out, 'client/Aria2Client.java').exists()
assert !new File(out, 'model/DownloadStatus.java').exists()
assert new File(out, 'client/UsersOwn.java').isFile()
return true
