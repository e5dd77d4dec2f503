using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Returns.Inspect;

/// <summary>RX-2: Quality's verdict on the received item; failed, the request goes to negotiation with the customer.</summary>
public sealed record InspectReturnedItem(bool? Passed, string Findings) : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class InspectReturnedItemValidator : AbstractValidator<InspectReturnedItem>
{
    public InspectReturnedItemValidator()
    {
        RuleFor(command => command.Passed).NotNull();
        RuleFor(command => command.Findings).NotEmpty().MaximumLength(ReturnRequest.TextMaxLength);
    }
}

public sealed class InspectReturnedItemHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<InspectReturnedItem, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(InspectReturnedItem command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        request.Inspect(command.Passed!.Value, command.Findings, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}
