using AfterSales.Application.Abstractions;
using AfterSales.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSales.Api.Tests.Mechanisms;

/// <summary>
/// DbContext instances are pooled. The request's scope disposes its context once per registration that handed it
/// out (the context and <see cref="IAfterSalesDbContext"/>); only the end of the request may return it to the pool,
/// or a second request could lease an instance the first is still using.
/// </summary>
public sealed class ContextPoolingTests
{
    private static IServiceProvider Services => TestHost.Factory.Services;

    [Test]
    public async Task Disposing_a_leased_context_does_not_hand_it_to_another_request()
    {
        await using var first = Services.CreateAsyncScope();
        var leased = first.ServiceProvider.GetRequiredService<AfterSalesDbContext>();
        Assert.That(first.ServiceProvider.GetRequiredService<IAfterSalesDbContext>(), Is.SameAs(leased));

        // What the container does for one registration when the request ends; the other still holds the instance.
        await leased.DisposeAsync();

        await using var second = Services.CreateAsyncScope();
        Assert.That(second.ServiceProvider.GetRequiredService<AfterSalesDbContext>(), Is.Not.SameAs(leased));
    }
}
