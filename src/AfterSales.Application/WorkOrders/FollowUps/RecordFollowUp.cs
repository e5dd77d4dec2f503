using AfterSales.Application.Abstractions;
using AfterSales.Domain.WorkOrders;
using AutoMapper;
using FluentValidation;

namespace AfterSales.Application.WorkOrders.FollowUps;

public sealed record SurveyAnswers(int Attitude, int Skill, int Punctuality, int PromiseKeeping);

/// <summary>WO-13: the follow-up call with its four-item survey; satisfied closes, not satisfied reopens.</summary>
public sealed record RecordFollowUp(bool? Satisfied, SurveyAnswers? Survey, string? Comments) : WorkOrderAction;

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

public sealed class RecordFollowUpHandler(IAfterSalesDbContext db, WorkOrderAccess access, IMapper mapper, ICurrentUser user, TimeProvider clock)
    : WorkOrderActionHandler<RecordFollowUp>(db, access, mapper)
{
    protected override Task ApplyAsync(WorkOrder order, RecordFollowUp command, CancellationToken cancellationToken)
    {
        var answers = command.Survey!;
        var survey = new Survey(answers.Attitude, answers.Skill, answers.Punctuality, answers.PromiseKeeping);
        order.RecordFollowUp(command.Satisfied!.Value, survey, command.Comments, user.UserName, clock);
        return Task.CompletedTask;
    }
}
