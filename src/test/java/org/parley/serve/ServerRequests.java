package org.parley.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.system.Txn;
import org.parley.store.ParleyStore;

/** Requests the server tests send, each on a connection of its own, and what they check in the store. */
final class ServerRequests {
    private ServerRequests() {}

    /*
     * A fresh client per request: Jetty closes a connection after refusing a request whose body it
     * did not read, and a client that reused it could race that close.
     */
    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder to(ParleyServer server, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    static HttpRequest.Builder asWriter(HttpRequest.Builder b, WriterCredentials w) {
        return b.header("Authorization", basic(w.user() + ":" + w.password()));
    }

    static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> update(ParleyServer server, WriterCredentials w, String update) throws Exception {
        return send(asWriter(to(server, ParleyServer.DATASET + "/update"), w)
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
    }

    static HttpResponse<String> query(ParleyServer server, String sparql, String accept) throws Exception {
        return send(to(server, ParleyServer.DATASET + "/sparql?query=" + enc(sparql)).header("Accept", accept).GET().build());
    }

    static boolean hasGraph(ParleyStore store, String iri) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().containsNamedModel(iri));
    }

    static boolean defaultGraphIsEmpty(ParleyStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().getDefaultGraph().isEmpty());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
