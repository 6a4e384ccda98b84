package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Left out of the ordinary build (the pom's excludes): the violation its server swallows fails the run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerViolationTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void answersABlankStatus() throws Exception {
        // the server turns the violation into an HTTP 500, and this test asserts too little to notice
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/orders/json"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\" \",\"amount\":3}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isPositive();
    }
}
