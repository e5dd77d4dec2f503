using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.PartsReplacements;
using AutoMapper;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.PartsReplacements.Respond;

/// <summary>PS-1: <see cref="ResponsiblePerson"/> takes the request and has told the customer <see cref="Plan"/>; stops the response clock.</summary>
public sealed record RespondToPartsReplacement(string ResponsiblePerson, string Plan) : ICommand<PartsReplacementResponse>
{
    [JsonIgnore]
    public Guid RequestId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed class RespondToPartsReplacementValidator : AbstractValidator<RespondToPartsReplacement>
{
    public RespondToPartsReplacementValidator()
    {
        RuleFor(command => command.ResponsiblePerson).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Plan).NotEmpty().MaximumLength(PartsReplacementRequest.PlanMaxLength);
    }
}

public sealed class RespondToPartsReplacementHandler(IAfterSalesDbContext db, TimeProvider clock, IMapper mapper)
    : ICommandHandler<RespondToPartsReplacement, PartsReplacementResponse>
{
    public async ValueTask<PartsReplacementResponse> Handle(RespondToPartsReplacement command, CancellationToken cancellationToken)
    {
        var request = await db.PartsReplacementRequests.LoadForChangeAsync(command.RequestId, command.ExpectedVersion, cancellationToken);
        request.Respond(command.ResponsiblePerson, command.Plan, clock);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<PartsReplacementResponse>(request);
    }
}
