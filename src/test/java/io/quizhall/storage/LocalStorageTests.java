package io.quizhall.storage;

import io.quizhall.support.IntegrationTest;

/** The storage contract on the default backend, a local directory. */
@IntegrationTest
class LocalStorageTests extends StorageContractTests {

    @Override
    String backend() {
        return "local";
    }
}
