// The help goal documents the generate goal and every one of its parameters with its user property.
def log = new File(basedir, 'build.log').text
assert log.contains('aria2-codegen:generate')
['schemaFile', 'overlays', 'basePackage', 'generate', 'outputDirectory', 'skip'].each {
    assert log =~ /(?m)^\s+$it\b/ : "parameter $it is not documented"
    assert log.contains("User property: aria2.codegen.$it") : "parameter $it has no user property"
}
assert log.contains('Default: io.github.aria2j')
assert log.contains('Default: both')
assert log.contains('${project.build.directory}/generated-sources/aria2j')
return true
