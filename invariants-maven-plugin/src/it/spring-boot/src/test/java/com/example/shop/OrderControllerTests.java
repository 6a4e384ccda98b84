package com.example.shop;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MockMvcTest
class OrderControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void rejectsANegativeAmount() throws Exception {
        mvc.perform(post("/orders").param("status", "open").param("amount", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void countsOrdersByStatus() throws Exception {
        mvc.perform(post("/orders").param("status", "shipped").param("amount", "5")).andExpect(status().isOk());
        mvc.perform(get("/orders").param("status", "shipped"))
                .andExpect(status().isOk())
                .andExpect(content().string("1"));
    }

    @Test
    void placesAnOrderFromJson() throws Exception {
        // Jackson (2 on Boot 3.5, 3 on Boot 4) builds the body through OrderForm's protected constructor
        mvc.perform(post("/orders/json").contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"open\",\"amount\":7}"))
                .andExpect(status().isOk())
                .andExpect(content().string("7"));
    }
}
