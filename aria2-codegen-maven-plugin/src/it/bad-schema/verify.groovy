// Both mistakes are reported in one failed build, each with its file and JSON path, and without a stack
// trace: a schema mistake is the user's, not the plugin's.
def log = new File(basedir, 'build.log').text
assert log.contains('aria2j: the schema has 2 problems')
// the method returns a struct nobody defined
assert log =~ /\$\.methods\[0\]\.result\.type \(file broken\.json\): .*Quota/
// the option is given twice
assert log =~ /\$\.options\[1\]\.name \(file broken\.json\): duplicate option 'split'/
assert !(log =~ /(?m)^\s*at [\w.$]+\(/) : 'no stack trace'
assert !log.contains('SchemaValidationException')
assert !new File(basedir, 'target/generated-sources/aria2j/io').exists() : 'nothing generated'
return true
