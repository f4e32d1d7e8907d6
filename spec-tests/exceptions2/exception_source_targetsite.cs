// minimal: a thrown exception's Source is the throwing method's assembly name and TargetSite is
// the throwing method
try { Thrower(); }
catch (Exception e) { Console.WriteLine("source=" + e.Source + " targetsite=" + e.TargetSite?.Name); }
Console.WriteLine("unthrown source null: " + (new Exception().Source == null));
static void Thrower() => throw new Exception("x");
