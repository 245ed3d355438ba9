package io.quizhall.instance;

import io.quizhall.shared.FeatureFlag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells who this installation is and what it can do. */
@Service
public class InstanceService {

    private final InstanceDataRepository repository;
    private final String version;
    private final Map<String, Boolean> features;

    InstanceService(InstanceDataRepository repository, ObjectProvider<BuildProperties> build, List<FeatureFlag> flags) {
        this.repository = repository;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties != null ? properties.getVersion() : "development";
        var byName = new TreeMap<String, Boolean>();
        flags.forEach(flag -> byName.put(flag.name(), flag.enabled()));
        this.features = Map.copyOf(byName);
    }

    @Transactional(readOnly = true)
    public InstanceInfo info() {
        InstanceData data = repository.findFirstBy();
        return new InstanceInfo(data.instanceId(), version, data.createdAt(), new TreeMap<>(features));
    }
}
