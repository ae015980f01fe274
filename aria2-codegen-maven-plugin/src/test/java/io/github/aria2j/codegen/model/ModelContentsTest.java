package io.github.aria2j.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.aria2j.codegen.model.OptionBounds.DecimalBounds;
import io.github.aria2j.codegen.model.OptionBounds.IntegerBounds;
import io.github.aria2j.codegen.testing.TestSchemas;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the model decides for the minimal schema: names, types, nullability, option sets, Javadoc. */
class ModelContentsTest {

    private static ApiModel model;

    @BeforeAll
    static void build() {
        model = TestSchemas.model(TestSchemas.minimal());
    }

    @Test
    void keepsVersionsAndManual() {
        assertThat(model.aria2Version()).isEqualTo("1.37.0");
        assertThat(model.baselineVersion()).isEqualTo("1.36.0");
        assertThat(model.manual().attribution()).isEqualTo("Adapted from aria2's manual.");
    }

    @Test
    void resolvesMethodSignatures() {
        MethodModel addUri = model.method("aria2.addUri").orElseThrow();

        assertThat(addUri.javaName()).isEqualTo("addUri");
        assertThat(addUri.token()).isEqualTo(TokenPlacement.REQUIRED);
        assertThat(addUri.params()).containsExactly(
                new ParamModel("uris", "uris", new TypeRef.ListOf(TypeRef.Scalar.STRING), true, false,
                        Optional.empty(), OptionalLong.empty(), Optional.empty(), "The URIs."),
                new ParamModel("options", "options", new TypeRef.OptionsOf(OptionSet.ADD), false, true,
                        Optional.empty(), OptionalLong.empty(), Optional.empty(), "Options."),
                new ParamModel("position", "position", TypeRef.Scalar.INT, false, true,
                        Optional.empty(), OptionalLong.of(0), Optional.empty(), "Queue position."));
        assertThat(addUri.requiredParamCount()).isEqualTo(1);
        assertThat(addUri.result()).isEqualTo(new ResultModel(TypeRef.Scalar.STRING, WireShape.Leaf.STRING,
                Optional.of(ValueFormat.GID), Optional.empty(), "The GID."));
        assertThat(addUri.errors()).containsExactly(new ErrorModel("URI is not provided.", "The list is empty."));
    }

    @Test
    void resolvesKeysOfAndStructResults() {
        MethodModel tellStatus = model.method("aria2.tellStatus").orElseThrow();

        assertThat(tellStatus.params().get(1).keysOf()).contains(new TypeRef.StructRef("DownloadStatus"));
        assertThat(tellStatus.result().type()).isEqualTo(new TypeRef.StructRef("DownloadStatus"));
        assertThat(model.method("system.listMethods").orElseThrow())
                .extracting(MethodModel::javaName, MethodModel::token)
                .containsExactly("listMethods", TokenPlacement.OPTIONAL);
    }

    @Test
    void namesNotificationsAndTheirListenerMethods() {
        NotificationModel start = model.notifications().get(0);

        assertThat(start.javaName()).isEqualTo("DownloadStart");
        assertThat(start.listenerMethodName()).isEqualTo("onDownloadStart");
        assertThat(start.params().get(0).type()).isEqualTo(new TypeRef.StructRef("EventPayload"));
    }

    @Test
    void makesConditionalScalarsNullableButNeverCollections() {
        StructModel status = model.struct("DownloadStatus").orElseThrow();

        assertThat(status.fields()).extracting(FieldModel::javaName, FieldModel::presence, FieldModel::nullable)
                .containsExactly(
                        tuple("gid", FieldModel.Presence.ALWAYS, false),
                        tuple("status", FieldModel.Presence.ALWAYS, false),
                        tuple("totalLength", FieldModel.Presence.ALWAYS, false),
                        tuple("numSeeders", FieldModel.Presence.CONDITIONAL, true),
                        tuple("followedBy", FieldModel.Presence.CONDITIONAL, false));
        assertThat(status.fields().get(1).type()).isEqualTo(new TypeRef.EnumRef("DownloadState"));
        assertThat(status.fields().get(2).wire()).isEqualTo(WireShape.Leaf.STRING);
        assertThat(status.fields().get(4).wire()).isEqualTo(new WireShape.ArrayOf(WireShape.Leaf.STRING));
        assertThat(status.fields().get(3).when()).contains("BitTorrent only.");
    }

    @Test
    void namesEnumConstantsExplicitlyOrByTheFormatRule() {
        assertThat(model.enumNamed("TlsVersion").orElseThrow().constants())
                .extracting(EnumConstantModel::wireValue, EnumConstantModel::javaName)
                .containsExactly(tuple("TLSv1.2", "TLS_V1_2"),
                        tuple("TLSv1.3", "TLSV1_3"));
        assertThat(model.enumNamed("DownloadState").orElseThrow().constants())
                .extracting(EnumConstantModel::javaName).containsExactly("ACTIVE", "WAITING");
    }

    @Test
    void namesOptionsFromTheirJavaName() {
        OptionModel resume = model.option("continue").orElseThrow();
        OptionModel limit = model.option("max-download-limit").orElseThrow();

        assertThat(resume.javaName()).isEqualTo("continueDownload");
        assertThat(resume.constantName()).isEqualTo("CONTINUE_DOWNLOAD");
        assertThat(resume.shortName()).contains("c");
        assertThat(limit.javaName()).isEqualTo("maxDownloadLimit");
        assertThat(limit.constantName()).isEqualTo("MAX_DOWNLOAD_LIMIT");
    }

    @Test
    void putsOptionsInTheSetsTheirScopeAllows() {
        assertThat(model.optionsIn(OptionSet.ADD)).extracting(OptionModel::name).containsExactly(
                "continue", "max-download-limit", "min-split-size", "header", "seed-ratio", "split");
        assertThat(model.optionsIn(OptionSet.CHANGE)).extracting(OptionModel::name).containsExactly(
                "continue", "max-download-limit", "min-split-size", "header", "seed-ratio", "split");
        assertThat(model.optionsIn(OptionSet.CHANGE_GLOBAL)).extracting(OptionModel::name).containsExactly(
                "continue", "log-level", "max-download-limit", "min-split-size", "header", "seed-ratio", "split");
        assertThat(model.option("rpc-secret").orElseThrow().sets()).isEmpty();
        assertThat(model.option("continue").orElseThrow().sets())
                .containsExactly(OptionSet.ADD, OptionSet.CHANGE, OptionSet.CHANGE_GLOBAL);
    }

    @Test
    void convertsBoundsToLongOrDouble() {
        assertThat(model.option("split").orElseThrow().bounds())
                .contains(new IntegerBounds(OptionalLong.of(1), OptionalLong.of(16)));
        assertThat(model.option("min-split-size").orElseThrow().bounds())
                .contains(new IntegerBounds(OptionalLong.of(1048576), OptionalLong.of(1073741824)));
        assertThat(model.option("seed-ratio").orElseThrow().bounds())
                .contains(new DecimalBounds(OptionalDouble.of(0.0), OptionalDouble.empty()));
        assertThat(model.option("header").orElseThrow().bounds()).isEmpty();
    }

    @Test
    void resolvesKindsAndEnumReferences() {
        OptionModel logLevel = model.option("log-level").orElseThrow();

        assertThat(logLevel.kind()).isEqualTo(OptionKind.PARAMETER);
        assertThat(logLevel.enumRef()).contains(new TypeRef.EnumRef("LogLevel"));
        assertThat(logLevel.defaultValue()).contains("debug");
        assertThat(model.option("header").orElseThrow())
                .extracting(OptionModel::kind, OptionModel::acceptsArray, OptionModel::defaultValue)
                .containsExactly(OptionKind.CUMULATIVE, true, Optional.empty());
    }

    @Test
    void decidesOptionJavadocFacts() {
        Javadoc split = model.option("split").orElseThrow().doc();

        assertThat(split.summary()).isEqualTo("Download a file using N connections.");
        assertThat(split.body()).as("the description only repeats the summary").isEmpty();
        assertThat(split.notes()).containsExactly("aria2 caps it by max-connection-per-server.");
        assertThat(split.manualLink()).contains("https://aria2.github.io/manual/en/html/aria2c.html#cmdoption-split");
        assertThat(split.facts()).containsExactly(
                new DocFact("Value", "an integer"),
                new DocFact("Default", "`5`"),
                new DocFact("Range", "1 to 16"),
                new DocFact("Tags", "basic, http"),
                new DocFact("Can be set", "when adding a download; with aria2.changeOption (an active download restarts);"
                        + " with aria2.changeGlobalOption"));
    }

    @Test
    void describesUnitRangesEnumValuesAndStartupOnlyOptions() {
        assertThat(model.option("min-split-size").orElseThrow().doc().facts())
                .contains(new DocFact("Range", "1M (1048576 bytes) to 1024M (1073741824 bytes)"));
        assertThat(model.option("log-level").orElseThrow().doc().facts())
                .contains(new DocFact("Value", "one of `debug`, `warn`"));
        assertThat(model.option("max-download-limit").orElseThrow().doc().facts()).contains(new DocFact("Can be set",
                "when adding a download; with aria2.changeOption (applied without restarting the download);"
                        + " with aria2.changeGlobalOption"));
        assertThat(model.option("rpc-secret").orElseThrow().doc().facts()).contains(
                new DocFact("Default", "none: aria2 leaves the option unset"),
                new DocFact("Can be set", "only at startup (command line or configuration file); RPC calls ignore it"),
                new DocFact("Since", "aria2 1.37.0"),
                new DocFact("Sensitive", "the value is a credential; do not log it"));
        assertThat(model.option("listen-port").orElseThrow().doc().facts())
                .contains(new DocFact("Requires", "an aria2 built with BitTorrent support"));
    }

    @Test
    void splitsMethodDescriptionsIntoParagraphs() {
        assertThat(model.method("aria2.addUri").orElseThrow().doc().body()).containsExactly(
                new Paragraph(Paragraph.Kind.TEXT, "The new download is queued."),
                new Paragraph(Paragraph.Kind.NOTE, "`uris` must point to one resource."));
        assertThat(model.option("header").orElseThrow().doc().body()).containsExactly(
                new Paragraph(Paragraph.Kind.TEXT, "Append HEADER to HTTP request header:"),
                new Paragraph(Paragraph.Kind.CODE, "$ aria2c --header=\"X-A: b\""));
    }

    @Test
    void isImmutable() {
        List<MethodModel> methods = model.methods();

        assertThatThrownBy(() -> methods.add(methods.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> model.options().get(0).sets().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
