using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Returns.Decide;

/// <summary>RX-2: the Manager accepts the request; an ineligible one only after an exception (RX-1).</summary>
public sealed record ApproveReturnRequest : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class ApproveReturnRequestHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<ApproveReturnRequest, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(ApproveReturnRequest command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        request.Approve(user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}
