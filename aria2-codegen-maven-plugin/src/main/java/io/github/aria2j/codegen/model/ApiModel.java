package io.github.aria2j.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole resolved API: everything the emitters generate from, in schema order.
 *
 * @param aria2Version the aria2 release the schema describes completely
 * @param baselineVersion items without {@code since} exist in this release and later
 * @param manual aria2's manual and its attribution
 * @param methods RPC methods
 * @param notifications WebSocket notifications
 * @param structs records with JSON codecs
 * @param enums enums with wire values
 * @param options every option (also those in no option set)
 */
public record ApiModel(
        String aria2Version,
        String baselineVersion,
        ManualModel manual,
        List<MethodModel> methods,
        List<NotificationModel> notifications,
        List<StructModel> structs,
        List<EnumModel> enums,
        List<OptionModel> options) {

    /**
     * Creates the record; copies the lists so that the record stays immutable.
     *
     * @param aria2Version the aria2 release the schema describes completely
     * @param baselineVersion items without {@code since} exist in this release and later
     * @param manual aria2's manual and its attribution
     * @param methods RPC methods
     * @param notifications WebSocket notifications
     * @param structs records with JSON codecs
     * @param enums enums with wire values
     * @param options every option (also those in no option set)
     */
    public ApiModel {
        methods = List.copyOf(methods);
        notifications = List.copyOf(notifications);
        structs = List.copyOf(structs);
        enums = List.copyOf(enums);
        options = List.copyOf(options);
    }

    /**
     * The options of an option set.
     *
     * @param set the option set
     * @return its options, in schema order
     */
    public List<OptionModel> optionsIn(OptionSet set) {
        return options.stream().filter(option -> option.isIn(set)).toList();
    }

    /**
     * The method with a wire name.
     *
     * @param wireName e.g. {@code aria2.addUri}
     * @return the method, if there is one
     */
    public Optional<MethodModel> method(String wireName) {
        return methods.stream().filter(method -> method.wireName().equals(wireName)).findFirst();
    }

    /**
     * The struct of a name.
     *
     * @param name the struct's name
     * @return the struct, if there is one
     */
    public Optional<StructModel> struct(String name) {
        return structs.stream().filter(struct -> struct.name().equals(name)).findFirst();
    }

    /**
     * The enum of a name.
     *
     * @param name the enum's name
     * @return the enum, if there is one
     */
    public Optional<EnumModel> enumNamed(String name) {
        return enums.stream().filter(anEnum -> anEnum.name().equals(name)).findFirst();
    }

    /**
     * The option of a long name.
     *
     * @param name e.g. {@code split}
     * @return the option, if there is one
     */
    public Optional<OptionModel> option(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst();
    }
}
