// minimal: argument range checks of TimeSpan.FromDays, Math.Round digits and Enumerable.ElementAt
static int I(int x) => x;
try { Console.WriteLine(TimeSpan.FromDays(I(int.MaxValue)).Days); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine(Math.Round(1.5, I(20))); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
try { Console.WriteLine(Enumerable.Range(0, 3).ElementAt(I(5))); }
catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
