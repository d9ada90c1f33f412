package nl.gemeente.kms.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfirmationServiceTest {

  @Test
  void percentagesHaveOneDecimalAndNobodyToAskIsZero() {
    assertThat(ConfirmationService.percentage(1, 2)).isEqualTo(50.0);
    assertThat(ConfirmationService.percentage(2, 3)).isEqualTo(66.7);
    assertThat(ConfirmationService.percentage(3, 3)).isEqualTo(100.0);
    assertThat(ConfirmationService.percentage(0, 0)).isEqualTo(0.0);
  }
}
