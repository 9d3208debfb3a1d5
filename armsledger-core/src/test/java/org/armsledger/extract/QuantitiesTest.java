package org.armsledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesTest {
  @Test
  void amountsBeforeTheItem() {
    assertThat(Quantities.before("Its sources said around 400 ").text()).isEqualTo("around 400");
    assertThat(Quantities.before("Its sources said around 400 ").approximate()).isTrue();
    assertThat(Quantities.before("Iran has provided Russia with hundreds of “kamikaze” ").text()).isEqualTo("hundreds");
    assertThat(Quantities.before("Chile has ordered 12 out of a planned 24 F-16 ").value()).isEqualTo(12.0);
    assertThat(Quantities.before("initially supplying hundreds then thousands of the Shahed ").text()).isEqualTo("thousands");
    assertThat(Quantities.before("had found hundreds of thousands of ").text()).isEqualTo("hundreds of thousands");
    assertThat(Quantities.before("intends to sell Japan three U.S. Virginia-class nuclear-powered ").text()).isEqualTo("three");
    assertThat(Quantities.before("sent 1,200 ").value()).isEqualTo(1200.0);
    assertThat(Quantities.before("ordered twelve Airbus ").value()).isEqualTo(12.0);
    assertThat(Quantities.before("to export 54 units of the K9 self-propelled ").value()).isEqualTo(54.0);
    assertThat(Quantities.before("signed an agreement for 17 Gripen C/D fighter ").value()).isEqualTo(17.0);
    assertThat(Quantities.before("cleared the sale of (2,400) Javelin ").value()).isEqualTo(2400.0);
  }

  @Test
  void yearsAndMoneyAreNotAmounts() {
    assertThat(Quantities.before("In 2019 the ")).isNull();
    assertThat(Quantities.before("In December 2023, 21 Philippine Navy ").value()).isEqualTo(21.0);
    assertThat(Quantities.before("billions of dollars worth of military ")).isNull();
  }

  @Test
  void aNumberThatEndsTheDesignationIsNotAnAmount() {
    assertThat(Quantities.before("Germany rejected Ukraine's request for Leopard 2 ", "Leopard 2")).isNull();
    assertThat(Quantities.before("Germany delivered 18 Leopard 2 ", "Leopard 2").text()).isEqualTo("18");
    assertThat(Quantities.before("London sent Kyiv 14 Challenger 2 ", "Challenger 2").value()).isEqualTo(14.0);
    assertThat(Quantities.before("Poland sent Ukraine 200 ", "T-72").value()).isEqualTo(200.0);
    assertThat(Quantities.before("Poland sent Ukraine 200 ", null).value()).isEqualTo(200.0);
  }

  @Test
  void unitsOfAnItemWithModifiersBetween() {
    assertThat(Quantities.before("Vietnam will buy three batteries of the shore-based, anti-ship ").text()).isEqualTo("three batteries");
    assertThat(Quantities.before("Vietnam will buy three batteries of the shore-based, anti-ship ").value()).isEqualTo(3.0);
    assertThat(Quantities.before("Egypt ordered 4 units of the ").value()).isEqualTo(4.0);
    assertThat(Quantities.before("India will supply three batteries of the shore-based, anti-ship variant of the BrahMos missile ").text())
        .isEqualTo("three batteries");
    assertThat(Quantities.before("Poland bought two batteries of Patriot systems and 40 ").value()).isEqualTo(40.0);
    // a number before a comma and another item is not this item's
    assertThat(Quantities.before("Russia sold two tanks, 40 ").value()).isEqualTo(40.0);
  }
}
