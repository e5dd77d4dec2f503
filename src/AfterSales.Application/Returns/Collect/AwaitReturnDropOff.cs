using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AutoMapper;
using Mediator;

namespace AfterSales.Application.Returns.Collect;

/// <summary>RX-2: the customer brings the approved item in.</summary>
public sealed record AwaitReturnDropOff : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class AwaitReturnDropOffHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<AwaitReturnDropOff, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(AwaitReturnDropOff command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        request.AwaitDropOff(clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}
