using System.Text;
using Assistant.CommandLine;
using Bot.Benchmarks;

// Bot.Benchmarks [--clients N] [--seconds S] [--warmup S] [--rounds R] [--no-cache] | --components | --devset [file]
//   | --say "…" … | --answers [file] [--today yyyy-MM-dd] [--misses] | --llm | --publish | --only assistant
// Bot.Benchmarks load [--conversations N] [--think MIN-MAX] [--seconds T] … (see Load/LoadOptions.cs and docs/load.md)
// Bot.Benchmarks --help lists every option.
Console.OutputEncoding = Encoding.UTF8;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cts.Cancel();
};

// A conversation a citizen might have: questions naming a procedure, follow-ups, small talk.
string[] messages =
[
    "Làm lại căn cước bị mất ở phường mất bao lâu?",
    "còn lệ phí thì sao?",
    "đăng ký khai sinh cần giấy tờ gì",
    "nộp online được không?",
    "lệ phí đăng ký thường trú bao nhiêu",
    "dang ky ket hon can giay to gi",
    "cảm ơn",
    "cấp hộ chiếu phổ thông ở trong nước mất mấy ngày",
];

return await CommandLineInvocation.InvokeAsync(BenchmarkCli.Create(messages), args, Console.Out, Console.Error, cts.Token);
