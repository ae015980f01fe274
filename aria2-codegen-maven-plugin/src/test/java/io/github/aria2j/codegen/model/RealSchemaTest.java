package io.github.aria2j.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.aria2j.codegen.schema.OptionSpec;
import io.github.aria2j.codegen.schema.SchemaDocument;
import io.github.aria2j.codegen.schema.SchemaReader;
import io.github.aria2j.codegen.schema.SchemaSource;
import io.github.aria2j.codegen.testing.TestSchemas;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's schema, from the aria2-schema artifact on the test classpath. */
class RealSchemaTest {

    private static SchemaDocument document;
    private static ApiModel model;

    @BeforeAll
    static void build() throws Exception {
        document = new SchemaReader().read(SchemaSource.defaultSchema());
        model = new ModelBuilder().build(document);
    }

    @Test
    void buildsWithoutProblems() {
        assertThat(TestSchemas.problems(SchemaSource.defaultSchema(), List.of()))
                .as("problems of the real schema").isEmpty();
    }

    @Test
    void hasEveryMethodNotificationAndOption() {
        assertThat(document.methods()).hasSize(36);
        assertThat(document.notifications()).hasSize(6);
        assertThat(document.options()).hasSize(207);
        assertThat(model.methods()).hasSize(36);
        assertThat(model.notifications()).hasSize(6);
        assertThat(model.options()).hasSize(207);
        assertThat(model.structs()).hasSameSizeAs(document.structs());
        assertThat(model.enums()).hasSameSizeAs(document.enums());
    }

    @Test
    void namesMethodsAndNotifications() {
        assertThat(model.method("system.listMethods").orElseThrow().javaName()).isEqualTo("listMethods");
        assertThat(model.method("system.multicall").orElseThrow().token()).isEqualTo(TokenPlacement.PER_ENTRY);
        assertThat(model.method("aria2.addUri").orElseThrow().params())
                .extracting(ParamModel::javaName, ParamModel::type, ParamModel::nullable)
                .containsExactly(tuple("uris", new TypeRef.ListOf(TypeRef.Scalar.STRING), false),
                        tuple("options", new TypeRef.OptionsOf(OptionSet.ADD), true),
                        tuple("position", TypeRef.Scalar.INT, true));
        assertThat(model.notifications()).extracting(NotificationModel::javaName).containsExactly("DownloadStart",
                "DownloadPause", "DownloadStop", "DownloadComplete", "DownloadError", "BtDownloadComplete");
    }

    @Test
    void typesTheOptionsParamsByTheirCall() {
        assertThat(model.method("aria2.changeOption").orElseThrow().params().get(1).type())
                .isEqualTo(new TypeRef.OptionsOf(OptionSet.CHANGE));
        assertThat(model.method("aria2.changeGlobalOption").orElseThrow().params().get(0).type())
                .isEqualTo(new TypeRef.OptionsOf(OptionSet.CHANGE_GLOBAL));
    }

    @Test
    void namesOptionsAndEnumConstants() {
        assertThat(model.option("continue").orElseThrow())
                .extracting(OptionModel::javaName, OptionModel::constantName)
                .containsExactly("continueDownload", "CONTINUE_DOWNLOAD");
        assertThat(model.option("max-concurrent-downloads").orElseThrow())
                .extracting(OptionModel::javaName, OptionModel::constantName)
                .containsExactly("maxConcurrentDownloads", "MAX_CONCURRENT_DOWNLOADS");
        assertThat(model.enumNamed("TlsVersion").orElseThrow().constants()).extracting(EnumConstantModel::javaName)
                .containsExactly("TLS_V1_1", "TLS_V1_2", "TLS_V1_3");
        assertThat(model.enumNamed("ExitCode").orElseThrow().constants().get(0))
                .extracting(EnumConstantModel::wireValue, EnumConstantModel::javaName)
                .containsExactly("0", "FINISHED");
    }

    @Test
    void putsEachOptionInTheSetsOfItsScope() {
        for (OptionSpec spec : document.options()) {
            OptionModel option = model.option(spec.name()).orElseThrow();
            boolean rpc = !spec.hidden();
            assertThat(option.isIn(OptionSet.ADD)).as(spec.name()).isEqualTo(rpc && spec.scope().perDownload());
            assertThat(option.isIn(OptionSet.CHANGE)).as(spec.name()).isEqualTo(rpc && spec.scope().changeOption());
            assertThat(option.isIn(OptionSet.CHANGE_GLOBAL)).as(spec.name())
                    .isEqualTo(rpc && spec.scope().changeGlobalOption());
        }
        assertThat(model.optionsIn(OptionSet.ADD)).containsAll(model.optionsIn(OptionSet.CHANGE));
    }

    @Test
    void keepsCollectionsNonNullAndConditionalScalarsNullable() {
        StructModel status = model.struct("DownloadStatus").orElseThrow();

        assertThat(status.fields()).filteredOn(FieldModel::key, "followedBy").singleElement()
                .extracting(FieldModel::presence, FieldModel::nullable)
                .containsExactly(FieldModel.Presence.CONDITIONAL, false);
        assertThat(status.fields()).filteredOn(FieldModel::key, "bittorrent").singleElement()
                .extracting(FieldModel::nullable).isEqualTo(true);
        assertThat(status.fields()).filteredOn(FieldModel::key, "totalLength").singleElement()
                .extracting(FieldModel::type, FieldModel::wire, FieldModel::nullable)
                .containsExactly(TypeRef.Scalar.LONG, WireShape.Leaf.STRING, false);
    }

    @Test
    void givesEveryDocumentedItemAManualLink() {
        assertThat(model.methods()).allSatisfy(method -> assertThat(method.doc().manualLink()).hasValueSatisfying(
                link -> assertThat(link).startsWith(model.manual().url() + "#")));
        assertThat(model.options()).filteredOn(option -> !option.hidden())
                .allSatisfy(option -> assertThat(option.doc().facts()).isNotEmpty());
    }
}
