using AfterSales.Domain.Common;
using AfterSales.Domain.Technicians;
using AfterSales.Domain.WorkOrders;
using static AfterSales.Domain.Tests.WorkOrders.WorkOrderScenario;

namespace AfterSales.Domain.Tests.WorkOrders;

/// <summary>
/// Issue 22: random sequences of the money steps on one order, with the money invariants checked after each step:
/// balance = fee + deposits held − payments + refunds, what is owed back = the balance below zero, cash collected =
/// remitted + unremitted, and nothing owed or held disappears on a reassignment. Seeded, so a failure names the sequence that reproduces it.
/// </summary>
public sealed class MoneyPropertyTests
{
    private const int Sequences = 200;
    private const int StepsPerSequence = 30;

    private static readonly decimal[] UnitPrices = [49.00m, 50.00m, 50.01m, 180.00m, 1234.56m];

    [Test]
    public void WO11_WO12_money_invariants_hold_after_every_step_of_random_sequences()
    {
        for (var seed = 1; seed <= Sequences; seed++)
        {
            var run = new MoneyRun(new Random(seed));
            for (var step = 0; step < StepsPerSequence; step++)
            {
                var name = run.TakeRandomStep();
                run.AssertInvariants($"seed {seed}, step {step} ({name})");
            }
        }
    }

    private sealed class MoneyRun
    {
        private readonly Random random;
        private readonly WorkOrderScenario scenario = new();
        private readonly WorkOrder order;
        private readonly (string Name, Action Step)[] steps;

        public MoneyRun(Random random)
        {
            this.random = random;
            order = scenario.WorkedByPhone(random.Next(2) == 0 ? ServiceType.Paid : ServiceType.Warranty, labour: 100.00m);
            steps =
            [
                ("request a part", RequestPart),
                ("approve or book out a part", MovePartToIssue),
                ("fit a part", FitPart),
                ("book an unused part back", ReturnUnusedPart),
                ("quote and accept", QuoteAndAccept),
                ("take a payment", TakePayment),
                ("remit cash", RemitCash),
                ("book an old part in", BookOldPartIn),
                ("waive an old part", WaiveOldPart),
                ("refund the customer", Refund),
                ("reassign", Reassign),
            ];
        }

        private TestClock Clock => scenario.Clock;

        public string TakeRandomStep()
        {
            Clock.Advance(TimeSpan.FromMinutes(1 + random.Next(90)));
            var (name, step) = steps[random.Next(steps.Length)];
            step();
            return name;
        }

        public void AssertInvariants(string where)
        {
            var paid = Money.Sum(order.Payments.Select(payment => payment.Amount));
            var refunded = Money.Sum(order.Refunds.Select(refund => refund.Amount));
            var cash = order.Payments.Where(payment => payment.Method == PaymentMethod.Cash).ToList();
            var remitted = Money.Sum(cash.Where(payment => payment.RemittedAt is not null).Select(payment => payment.Amount));
            var unremitted = Money.Sum(cash.Where(payment => payment.RemittedAt is null).Select(payment => payment.Amount));
            var held = Money.Sum(order.Parts.Where(part => part.Status is PartStatus.Issued or PartStatus.Fitted && part.OldPart == OldPartState.Outstanding)
                .Select(part => part.Quantity * part.UnitPrice));
            Assert.Multiple(() =>
            {
                Assert.That(order.DepositsHeld, Is.EqualTo(held), where);
                Assert.That(order.Balance, Is.EqualTo(order.Fee + held - paid + refunded), where);
                Assert.That(order.RefundOwed, Is.EqualTo(order.Balance < 0 ? -order.Balance : 0.00m), where);
                Assert.That(Money.Sum(cash.Select(payment => payment.Amount)), Is.EqualTo(remitted + unremitted), where);
            });
        }

        private void RequestPart() =>
            order.Request(
                Clock,
                quantity: 1 + random.Next(3),
                unitPrice: UnitPrices[random.Next(UnitPrices.Length)],
                customerCaused: random.Next(3) == 0,
                hasRecoveryValue: random.Next(2) == 0);

        /// <summary>One step along WO-11's way out of the warehouse: Finance's approval, the Director's over the limit, or the booking out.</summary>
        private void MovePartToIssue()
        {
            switch (Pick(order.Parts.Where(part => part.Status is PartStatus.Requested or PartStatus.AwaitingDirector or PartStatus.Approved)))
            {
                case { Status: PartStatus.Requested } part:
                    order.Approve(part, Clock);
                    break;
                case { Status: PartStatus.AwaitingDirector } part:
                    order.ApprovePartAsDirector(part.Id, "director.user", Clock);
                    break;
                case { } part:
                    order.IssuePart(part.Id, "warehouse.user", Clock);
                    break;
            }
        }

        private void FitPart()
        {
            if (Pick(order.Parts.Where(part => part.Status == PartStatus.Issued)) is { } part)
            {
                order.FitPart(part.Id, $"SN-{part.Id:N}"[..20], "tech-42", MoneyScenario.TraceableLimit, Clock);
            }
        }

        private void ReturnUnusedPart()
        {
            if (Pick(order.Parts.Where(part => part.Status == PartStatus.Issued)) is { } part)
            {
                order.ReturnUnusedPart(part.Id, "warehouse.user", Clock);
            }
        }

        /// <summary>An amended quote covering the chargeable parts so far; refused, with nothing changed, if it would bill less than was paid.</summary>
        private void QuoteAndAccept()
        {
            var parts = order.Parts.Where(part => part.Chargeable).GroupBy(part => part.PartNumber)
                .Select(group => QuoteLine.Part(group.Key, "Spindle bearing", group.Sum(part => part.Quantity), 180.00m))
                .ToList();
            var (balance, fee) = (order.Balance, order.Fee);
            try
            {
                order.QuoteAccepted(Clock, [QuoteScenario.Labour(25.00m * random.Next(1, 9)), .. parts]);
            }
            catch (BusinessRuleViolationException)
            {
                Assert.That((order.Balance, order.Fee), Is.EqualTo((balance, fee)), "a refused quote changes nothing owed");
            }
        }

        private void TakePayment()
        {
            if (order.Balance <= 0)
            {
                return;
            }

            var amount = Math.Max(0.01m, Money.Round(order.Balance * (decimal)random.NextDouble()));
            order.Pay(Clock, amount, random.Next(2) == 0 ? PaymentMethod.Cash : PaymentMethod.Transfer);
        }

        private void RemitCash()
        {
            if (Pick(order.Payments.Where(payment => payment.Method == PaymentMethod.Cash && payment.RemittedAt is null)) is { } payment)
            {
                order.RemitPayment(payment.Id, "finance.user", Clock);
            }
        }

        private void BookOldPartIn()
        {
            if (Pick(order.Parts.Where(part => part.Status == PartStatus.Fitted && part.OldPart == OldPartState.Outstanding)) is { } part)
            {
                order.RecordOldPartReturned(part.Id, "warehouse.user", Clock);
            }
        }

        private void WaiveOldPart()
        {
            if (Pick(order.Parts.Where(part => part.OldPart == OldPartState.Outstanding)) is { } part)
            {
                order.WaiveOldPartReturn(part.Id, "no recovery value", "finance.user", Clock);
            }
        }

        private void Refund()
        {
            if (order.RefundOwed > 0)
            {
                var amount = Math.Max(0.01m, Money.Round(order.RefundOwed * (decimal)random.NextDouble()));
                order.RecordRefund(amount, PaymentMethod.Transfer, null, Clock.Now, "finance.user", MoneyScenario.Calendar, Clock);
            }
        }

        /// <summary>
        /// Nothing owed and no cash held changes hands with the order: the balance and the unremitted cash stay as they were,
        /// and each cash payment stays its collector's (WO-12 r2).
        /// </summary>
        private void Reassign()
        {
            var (balance, unremitted, owedBack) = (order.Balance, UnremittedCash(), order.RefundOwed);
            var collectors = Collectors();
            var next = order.TechnicianId == scenario.Technician.Id ? scenario.Colleague : scenario.Technician;
            order.Assign(next, Dispatcher, TeamReach.All, "rebalancing the team's load", Sla, Clock);
            Assert.That((order.Balance, UnremittedCash(), order.RefundOwed), Is.EqualTo((balance, unremitted, owedBack)), "owed, held and owed back across a reassignment");
            Assert.That(Collectors(), Is.EqualTo(collectors), "cash stays with whoever collected it");
        }

        private Guid?[] Collectors() => [.. order.Payments.Select(payment => payment.CollectedBy)];

        private decimal UnremittedCash() =>
            Money.Sum(order.Payments.Where(payment => payment.Method == PaymentMethod.Cash && payment.RemittedAt is null).Select(payment => payment.Amount));

        private T? Pick<T>(IEnumerable<T> candidates)
            where T : class
        {
            var list = candidates.ToList();
            return list.Count == 0 ? null : list[random.Next(list.Count)];
        }
    }
}
