package cn.petition.supervision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SupervisionProperties.class)
class SupervisionConfig {}
