package ru.clusterpolicy;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "ClusterPolicy", version = "v1",
        description = "Explained decisions on Russian industrial clusters: Decree 779 requirements and support programmes"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
