using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.Returns;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.Returns.Decide;

/// <summary>RX-1: the Manager lets an ineligible request proceed, for a reason.</summary>
public sealed record GrantReturnException(string Reason) : ICommand<ReturnRequestResponse>
{
    [JsonIgnore]
    public Guid ReturnRequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class GrantReturnExceptionValidator : AbstractValidator<GrantReturnException>
{
    public GrantReturnExceptionValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(ReturnRequest.TextMaxLength);
}

public sealed class GrantReturnExceptionHandler(IAfterSalesDbContext db, ICurrentUser user, TimeProvider clock, IMapper mapper)
    : ICommandHandler<GrantReturnException, ReturnRequestResponse>
{
    public async ValueTask<ReturnRequestResponse> Handle(GrantReturnException command, CancellationToken cancellationToken)
    {
        var request = await db.ReturnRequests.LoadForChangeAsync(command.ReturnRequestId, command.ExpectedVersion, cancellationToken);
        request.GrantException(command.Reason, user.UserName, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ReturnRequestResponse>(request);
    }
}
