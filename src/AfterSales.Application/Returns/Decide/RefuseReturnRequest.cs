using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Returns.Decide;

/// <summary>RX-2: the Manager turns the request down, with the reason the customer is told.</summary>
public sealed record RefuseReturnRequest(string Reason) : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RefuseReturnRequestValidator : AbstractValidator<RefuseReturnRequest>
{
    public RefuseReturnRequestValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(ReturnRequest.TextMaxLength);
}

public sealed class RefuseReturnRequestHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<RefuseReturnRequest, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(RefuseReturnRequest command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        request.Refuse(command.Reason, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}
