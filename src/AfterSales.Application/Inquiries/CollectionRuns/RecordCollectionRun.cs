using AfterSales.Application.Abstractions;
using AfterSales.Application.WorkOrders;
using AfterSales.Domain.Inquiries;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace AfterSales.Application.Inquiries.CollectionRuns;

/// <summary>IQ-1: someone checked the e-mail inbox or the web form for inquiries, at <see cref="At"/> (default now).</summary>
public sealed record RecordCollectionRun(Channel? Channel, DateTimeOffset? At) : ICommand<CollectionRunResponse>;

public sealed record CollectionRunResponse(Guid Id, Channel Channel, DateTimeOffset At, string RecordedBy, DateTimeOffset RecordedAt);

public sealed class RecordCollectionRunValidator : AbstractValidator<RecordCollectionRun>
{
    public RecordCollectionRunValidator(TimeProvider clock, IOptions<SlaOptions> sla)
    {
        RuleFor(command => command.Channel).NotNull().IsInEnum()
            .Must(channel => channel is null || InquiryPolicy.CollectedChannels.Contains(channel.Value))
            .WithMessage($"IQ-1: only {string.Join(" and ", InquiryPolicy.CollectedChannels)} inquiries are collected in runs.");
        RuleFor(command => command.At).IsFieldTime(clock, sla).WithMessage(_ => $"IQ-1: a run cannot be more than {sla.Value.ClockSkewMinutes} minutes after the server's time.");
    }
}

public sealed class RecordCollectionRunHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordCollectionRun, CollectionRunResponse>
{
    public async ValueTask<CollectionRunResponse> Handle(RecordCollectionRun command, CancellationToken cancellationToken)
    {
        var run = CollectionRun.Record(command.Channel!.Value, command.At, user.UserName, clock);
        db.CollectionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return new CollectionRunResponse(run.Id, run.Channel, run.At, run.RecordedBy, run.RecordedAt);
    }
}
