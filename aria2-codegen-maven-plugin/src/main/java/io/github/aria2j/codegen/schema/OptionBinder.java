package io.github.aria2j.codegen.schema;

/** Binds an element of {@code options} and its nested objects; see {@link SpecBinder}. */
final class OptionBinder {

    OptionSpec option(JsonFields fields) {
        return new OptionSpec(
                fields.path(),
                fields.string("name"),
                fields.optionalString("short"),
                fields.string("kind"),
                fields.string("argument"),
                fields.nullableString("default"),
                fields.optionalString("dynamicDefault"),
                fields.optionalNumber("min"),
                fields.optionalNumber("max"),
                fields.optionalString("enum"),
                fields.optionalStrings("checksumTypes"),
                fields.strings("tags"),
                fields.object("scope", OptionBinder::scope),
                fields.bool("acceptsArray"),
                fields.object("returnedBy", OptionBinder::returnedBy),
                fields.bool("hidden"),
                fields.optionalObject("deprecated", OptionBinder::deprecation),
                fields.optionalString("since"),
                fields.optionalString("buildCondition"),
                fields.optionalBool("sensitive"),
                fields.optionalBool("allowEmpty"),
                fields.optionalBool("mustExist"),
                fields.optionalBool("acceptStdin"),
                fields.optionalString("format"),
                fields.string("summary"),
                fields.string("description"),
                fields.optionalString("manualAnchor"),
                fields.optionalStrings("notes"),
                fields.optionalString("javaName"));
    }

    private static ScopeSpec scope(JsonFields fields) {
        return new ScopeSpec(
                fields.path(),
                fields.bool("perDownload"),
                fields.bool("changeOption"),
                fields.bool("changeOptionNoRestart"),
                fields.bool("changeGlobalOption"),
                fields.bool("startupOnly"));
    }

    private static ReturnedBySpec returnedBy(JsonFields fields) {
        return new ReturnedBySpec(fields.path(), fields.bool("getOption"), fields.bool("getGlobalOption"));
    }

    private static DeprecationSpec deprecation(JsonFields fields) {
        return new DeprecationSpec(fields.path(), fields.stringAllowingEmpty("message"), fields.string("effect"));
    }
}
