package com.example.shop;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@MockMvcTest
class OrderPaymentTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PaymentGateway payments;

    @Test
    void refusesAnOrderTheGatewayDeclines() throws Exception {
        when(payments.charge(5)).thenReturn(false);
        mvc.perform(post("/orders/paid").param("amount", "5")).andExpect(status().isPaymentRequired());
    }
}
