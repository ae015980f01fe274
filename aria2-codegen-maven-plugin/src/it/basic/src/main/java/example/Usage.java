package example;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.options.AddOptions;
import java.util.List;

/** Uses the generated options and client types; verify.groovy calls {@link #options()}. */
public final class Usage {

    private Usage() {
    }

    /**
     * Builds options the way a user would.
     *
     * @return the options as aria2 receives them
     */
    public static String options() {
        return AddOptions.builder().split(4).build().asMap().toString();
    }

    /**
     * Compiles only if the client has a typed addUri taking the generated options.
     *
     * @param client a client
     * @return the GID
     */
    public static Object add(Aria2Client client) {
        return client.addUri(List.of("https://example.org/file.iso"), AddOptions.builder().split(4).build());
    }
}
