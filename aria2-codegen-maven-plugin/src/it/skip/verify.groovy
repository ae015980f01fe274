def log = new File(basedir, 'build.log').text
assert log.contains('aria2j: code generation skipped (aria2.codegen.skip)')
assert !new File(basedir, 'target/generated-sources/aria2j').exists()
return true
