using System.Net;
using System.Net.Http.Json;
using AfterSales.Api.Tests.Infrastructure;
using AfterSales.Application.Security;
using AfterSales.Infrastructure.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary><c>--seed-demo</c>'s money: a paid repair closed 45 days ago and never paid, so Finance has an overdue receivable to work with.</summary>
public sealed class DemoDataTests : ApiTest
{
    [Test]
    public async Task WO12_the_demo_data_holds_a_receivable_overdue_for_salary_deduction()
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
        }

        var finance = await As("demo.finance", Roles.Finance);
        var overdue = (await (await finance.GetAsync("/api/v1/receivables?overdue=true")).ShouldBe(HttpStatusCode.OK))["items"]!.AsArray();
        var receivable = overdue.Single()!;
        var deducted = await (await finance.PostAsJsonAsync($"/api/v1/receivables/{receivable["id"]}/deductions", new { amount = 100.00m, month = "2026-12" }))
            .ShouldBe(HttpStatusCode.OK);

        Assert.Multiple(() =>
        {
            // 2 h × 150.00 = 300.00, resolved on Friday 2026-10-02, 45 days before the tests' Monday 2026-11-16:
            // overdue once 40 whole days have passed (from 2026-11-12), so deducted from December's salary.
            Assert.That(receivable["outstanding"]!.GetValue<decimal>(), Is.EqualTo(300.00m));
            Assert.That(receivable["openedOn"]!.GetValue<string>(), Is.EqualTo("2026-10-02"));
            Assert.That(receivable["deductionMonth"]!.GetValue<string>(), Is.EqualTo("2026-12"));
            Assert.That(deducted["deducted"]!.GetValue<decimal>(), Is.EqualTo(100.00m));
        });
    }
}
