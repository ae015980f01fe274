package io.github.aria2j.codegen.model;

/** Whether the command-line form of an option takes an argument. */
public enum OptionArgument {
    /** {@code --opt=VALUE} is needed. */
    REQUIRED,
    /** {@code --opt} alone is allowed (for booleans it means true). */
    OPTIONAL,
    /** {@code --opt} takes no value. */
    NONE
}
