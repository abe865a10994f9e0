package io.reimburse.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the run cannot go on because of its inputs; carries every problem found. */
public class RunRefused extends RuntimeException {

    private final List<RunProblem> problems;

    public RunRefused(List<RunProblem> problems) {
        super(problems.stream().map(RunProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RunRefused(RunProblem problem) {
        this(List.of(problem));
    }

    public List<RunProblem> problems() {
        return problems;
    }
}
