// The program's output, in the build log of this consumer project (maven-invoker-plugin).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('case C-1 due 2026-12-07T09:30:00Z, ON_TRACK') : 'the due instant of the case is missing from build.log'
assert log.contains('slakit read from module org.slakit.core') : 'slakit was not on the module path'
assert log.contains('open on Christmas Day 2026: false') : 'holidays jollyday DE did not close Christmas Day'
return true
