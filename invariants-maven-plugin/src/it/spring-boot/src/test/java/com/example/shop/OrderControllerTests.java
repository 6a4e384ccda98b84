package com.example.shop;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
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
}
