// a static field initializer of the entry class throws before Main runs
class Program
{
    static readonly int Setting = int.Parse("not a number");
    static void Main() { Console.WriteLine("main " + Setting); }
}
