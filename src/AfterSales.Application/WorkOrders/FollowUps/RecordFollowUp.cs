using System.Text.Json.Serialization;
using AfterSales.Application.Abstractions;
using AfterSales.Application.Common.Concurrency;
using AfterSales.Domain.WorkOrders;
using FluentValidation;
using Mediator;

namespace AfterSales.Application.WorkOrders.FollowUps;

/// <summary>WO-13: the follow-up call with its four-item survey; satisfied closes, not satisfied reopens.</summary>
public sealed record RecordFollowUp(bool? Satisfied, SurveyAnswers? Survey, string? Comments) : ICommand<WorkOrderResponse>
{
    [JsonIgnore]
    public Guid WorkOrderId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }
}

public sealed record SurveyAnswers(int Attitude, int Skill, int Punctuality, int PromiseKeeping);

public sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    public RecordFollowUpValidator()
    {
        RuleFor(command => command.Satisfied).NotNull();
        RuleFor(command => command.Survey).NotNull();
        RuleFor(command => command.Comments).MaximumLength(2000);
        When(command => command.Survey is not null, () =>
        {
            RuleFor(command => command.Survey!.Attitude).InclusiveBetween(Survey.Lowest, Survey.Highest);
            RuleFor(command => command.Survey!.Skill).InclusiveBetween(Survey.Lowest, Survey.Highest);
            RuleFor(command => command.Survey!.Punctuality).InclusiveBetween(Survey.Lowest, Survey.Highest);
            RuleFor(command => command.Survey!.PromiseKeeping).InclusiveBetween(Survey.Lowest, Survey.Highest);
        });
    }
}

public sealed class RecordFollowUpHandler(
    IAfterSalesDbContext db,
    WorkOrderAccess access,
    WorkOrderResponses responses,
    ICurrentUser user,
    SlaPolicy sla,
    TimeProvider clock)
    : ICommandHandler<RecordFollowUp, WorkOrderResponse>
{
    public async ValueTask<WorkOrderResponse> Handle(RecordFollowUp command, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.LoadForChangeAsync(command.WorkOrderId, command.ExpectedVersion, access.EnsureVisible, cancellationToken);
        var answers = command.Survey!;
        var survey = new Survey(answers.Attitude, answers.Skill, answers.Punctuality, answers.PromiseKeeping);
        order.RecordFollowUp(command.Satisfied!.Value, survey, command.Comments, user.UserName, sla, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await responses.OfAsync(order, cancellationToken);
    }
}
