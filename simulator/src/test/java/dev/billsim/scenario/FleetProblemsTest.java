package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that every malformed use of the fleet and instance-pool keys (autoscaling, concurrency
 * limits, discounts, load balancers, Fargate task sizes, Cloud Run and Vercel settings) is one
 * clear problem at its key, with expectation and hint.
 */
class FleetProblemsTest {
  private static final String TEMPLATE =
      """
      name: t
      horizon: 1h
      traffic: {arrivals: poisson, rate: 1/s}
      requests:
        - name: api
          steps: [{cpu: 5ms}]
      platforms:
        - %s
      """;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {name: e, model: ec2, instance: m7g.large, scaling: {min: 4, max: 2}}                   | platforms[0].scaling.max
          {name: e, model: ec2, instance: m7g.large, scaling: {max: 4, target-cpu: 150%}}         | platforms[0].scaling.target-cpu
          {name: e, model: ec2, instance: m7g.large, scaling: {max: 4, evaluation: 0s}}           | platforms[0].scaling.evaluation
          {name: e, model: ec2, instance: m7g.large, scaling: {max: 4, warmup: 1m}}               | platforms[0].scaling.warmup
          {name: e, model: ec2, instance: m7g.large, scaling: {max: 4}, count: 9}                 | platforms[0].count
          {name: e, model: ec2, instance: m7g.large, queue-timeout: 5s}                           | platforms[0].queue-timeout
          {name: e, model: ec2, instance: m7g.large, max-concurrency: 0}                          | platforms[0].max-concurrency
          {name: e, model: ec2, instance: m7g.large, discount: 72}                                | platforms[0].discount
          {name: e, model: ec2, instance: m7g.large, discount: 30%, prices: {usd-per-hour: 0.05}} | platforms[0].discount
          {name: e, model: ec2, instance: m7g.large, load-balancer: nginx}                        | platforms[0].load-balancer
          {name: e, model: ec2, instance: {vcpus: 2, memory: 4GB}}                                | platforms[0].instance.usd-per-hour
          {name: f, model: fargate, vcpu: 3, memory: 4GB}                                         | platforms[0].vcpu
          {name: f, model: fargate, vcpu: 0.25, memory: 4GB}                                      | platforms[0].memory
          {name: f, model: fargate, vcpu: 1, memory: 2GB, arch: sparc}                            | platforms[0].arch
          {name: c, model: cloud-run, vcpu: 0.5, concurrency: 10}                                 | platforms[0].concurrency
          {name: c, model: cloud-run, vcpu: 3}                                                    | platforms[0].vcpu
          {name: c, model: cloud-run, vcpu: 1, memory: 64GB}                                      | platforms[0].memory
          {name: c, model: cloud-run, vcpu: 8, memory: 2GB}                                       | platforms[0].memory
          {name: f, model: fargate, vcpu: 0.25, memory: 1536MB}                                   | platforms[0].memory
          {name: c, model: cloud-run, min-instances: 5, max-instances: 2}                         | platforms[0].max-instances
          {name: c, model: cloud-run, concurrency: 2000}                                          | platforms[0].concurrency
          {name: c, model: cloud-run, queue-timeout: -1s}                                         | platforms[0].queue-timeout
          {name: c, model: cloud-run, cold-start: fast}                                           | platforms[0].cold-start
          {name: c, model: cloud-run, target-cpu: 0%}                                             | platforms[0].target-cpu
          {name: v, model: vercel, target-cpu: 2}                                                 | platforms[0].target-cpu
          {name: v, model: vercel, plan: enterprise}                                              | platforms[0].plan
          {name: v, model: vercel, plan: hobby, memory: 4GB}                                      | platforms[0].memory
          {name: v, model: vercel, memory: 3GB}                                                   | platforms[0].memory
          {name: v, model: vercel, usage-credit: maybe}                                           | platforms[0].usage-credit
          """)
  void fleetAndPoolKeys_malformed_isOneProblemAtTheKey(String platform, String key) {
    assertThat(OneProblem.of(TEMPLATE.formatted(platform.strip()), dir).key())
        .isEqualTo(key.strip());
  }
}
