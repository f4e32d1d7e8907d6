// args: add 7 "35" --verbose "with space"
// command-line arguments decide the exit code: the program sums numeric arguments, echoes the
// others, and returns the sum (42) as the exit code
int sum = 0;
var words = new List<string>();
Console.WriteLine("argc " + args.Length);
foreach (var a in args)
{
    if (int.TryParse(a, out var n)) sum += n;
    else words.Add(a);
}
Console.WriteLine("words: " + string.Join("|", words));
Console.WriteLine("sum " + sum);
return args.Contains("--verbose") ? sum : 1;
