using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Idempotency;
using Mediator;

namespace AfterSales.Application.Common.Behaviours;

/// <summary>
/// Runs a command in one transaction, together with the audit rows, the domain-event reactions
/// and the idempotency claim it produces: all of it commits, or none of it does.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(
    ITransactionRunner transactions,
    IAfterSalesDbContext db,
    IdempotencyScope idempotency)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    private static readonly string CommandName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        await transactions.RunAsync(
            CommandName,
            async ct =>
            {
                if (idempotency.PendingClaim is { } claim)
                {
                    db.IdempotencyRecords.Add(claim);
                }

                return await next(message, ct);
            },
            cancellationToken);
}
