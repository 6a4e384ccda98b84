module com.acme.fees {
    requires static dev.invariants;
    exports com.acme.fees;
}
