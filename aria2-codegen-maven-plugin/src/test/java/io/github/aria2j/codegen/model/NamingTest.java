package io.github.aria2j.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # wire name                  | camelCase                | PascalCase                | UPPER_SNAKE
            max-concurrent-downloads     | maxConcurrentDownloads   | MaxConcurrentDownloads    | MAX_CONCURRENT_DOWNLOADS
            continue                     | continue                 | Continue                  | CONTINUE
            dht-file-path6               | dhtFilePath6             | DhtFilePath6              | DHT_FILE_PATH6
            3d-mode                      | 3dMode                   | 3dMode                    | 3D_MODE
            TLSv1.2                      | tlsv12                   | TLSv12                    | TLSV1_2
            POS_SET                      | posSet                   | PosSet                    | POS_SET
            system.listMethods           | systemListMethods        | SystemListMethods         | SYSTEM_LIST_METHODS
            aria2.onBtDownloadComplete   | aria2OnBtDownloadComplete| Aria2OnBtDownloadComplete | ARIA2_ON_BT_DOWNLOAD_COMPLETE
            getURIs                      | getURIs                  | GetURIs                   | GET_URIS
            continueDownload             | continueDownload         | ContinueDownload          | CONTINUE_DOWNLOAD
            --leading--and--double--     | leadingAndDouble         | LeadingAndDouble          | LEADING_AND_DOUBLE
            x                            | x                        | X                         | X
            """)
    void convertsWireNames(String wire, String camel, String pascal, String upperSnake) {
        assertThat(Naming.camelCase(wire)).as("camelCase").isEqualTo(camel);
        assertThat(Naming.pascalCase(wire)).as("pascalCase").isEqualTo(pascal);
        assertThat(Naming.upperSnake(wire)).as("upperSnake").isEqualTo(upperSnake);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            aria2.addUri               | addUri
            aria2.getURIs              | getURIs
            system.listMethods         | listMethods
            system.multicall           | multicall
            """)
    void methodNameDropsTheNamespace(String wire, String javaName) {
        assertThat(Naming.methodName(wire)).isEqualTo(javaName);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            aria2.onDownloadStart       | DownloadStart
            aria2.onBtDownloadComplete  | BtDownloadComplete
            aria2.online                | Online
            aria2.on                    | On
            """)
    void notificationNameDropsNamespaceAndOnPrefix(String wire, String javaName) {
        assertThat(Naming.notificationName(wire)).isEqualTo(javaName);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "<none>", textBlock = """
            active      | ACTIVE
            TLSv1.2     | TLSV1_2
            POS_SET     | POS_SET
            no-cache    | NO_CACHE
            true        | TRUE
            0           | <none>
            1st         | <none>
            a b         | <none>
            _private    | <none>
            """)
    void enumConstantFollowsTheFormatRule(String value, String constant) {
        assertThat(Naming.enumConstantName(value).orElse(null)).isEqualTo(constant);
    }

    @ParameterizedTest(name = "{0}: member {1}, type {2}, keyword {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # name        | valid member | valid type | keyword or literal
            continue      | false        | false      | true
            interface     | false        | false      | true
            _             | false        | false      | true
            true          | false        | false      | true
            null          | false        | false      | true
            goto          | false        | false      | true
            record        | true         | false      | false
            var           | true         | false      | false
            yield         | true         | false      | false
            sealed        | true         | false      | false
            permits       | true         | false      | false
            __            | true         | true       | false
            3dMode        | false        | false      | false
            max-split     | false        | false      | false
            café          | false        | false      | false
            a$b           | false        | false      | false
            split         | true         | true       | false
            DownloadStart | true         | true       | false
            """)
    void detectsKeywordsAndInvalidIdentifiers(String name, boolean member, boolean type, boolean keyword) {
        assertThat(Naming.isValidMemberName(name)).as("valid member name").isEqualTo(member);
        assertThat(Naming.isValidTypeName(name)).as("valid type name").isEqualTo(type);
        assertThat(Naming.isKeyword(name)).as("keyword").isEqualTo(keyword);
        assertThat(Naming.whyInvalidTypeName(name).isEmpty()).as("no reason to reject as type").isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            continue  | 'continue' is a Java keyword
            3dMode    | '3dMode' is not a Java identifier
            record    | 'record' is a restricted identifier, which cannot name a type
            """)
    void explainsWhyANameIsRejected(String name, String reason) {
        assertThat(Naming.whyInvalidTypeName(name)).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"toString,true", "wait,true", "getClass,true", "hashCode,true", "status,false", "waitFor,false"})
    void detectsObjectMethodNames(String name, boolean objectMethod) {
        assertThat(Naming.isObjectMethodName(name)).isEqualTo(objectMethod);
    }
}
