# Writes audiencebridge(1) from the program's --help output and each subcommand's --help.
# Usage: cmake -DEXECUTABLE=... -DOUTPUT=... -DVERSION=... -P GenerateManPage.cmake

function(roff_escape text out)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND ${EXECUTABLE} --help OUTPUT_VARIABLE top RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${EXECUTABLE} --help failed")
endif()

# The command names are the first words of the lines after "Commands:" up to the blank line.
string(REGEX MATCH "Commands:\n(([^\n]+\n)+)" commands_block "${top}")
string(REGEX MATCHALL "\n  [a-z]+" command_lines "\n${CMAKE_MATCH_1}")

roff_escape("${top}" top_roff)
set(page ".TH AUDIENCEBRIDGE 1 \"\" \"AudienceBridge ${VERSION}\" \"User Commands\"
.SH NAME
audiencebridge \\- export customer segments to Snapchat as hashed audiences
.SH SYNOPSIS
.B audiencebridge
[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR]
.SH DESCRIPTION
Without a command, the desktop application starts. With a command, it runs without a window.
.PP
.nf
${top_roff}
.fi
.SH COMMANDS
")
foreach(line IN LISTS command_lines)
    string(STRIP "${line}" command)
    execute_process(COMMAND ${EXECUTABLE} ${command} --help OUTPUT_VARIABLE help)
    roff_escape("${help}" help_roff)
    string(APPEND page ".SS ${command}\n.nf\n${help_roff}\n.fi\n")
endforeach()
string(APPEND page ".SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
The command ran and failed (for example a run that did not succeed, or a server error).
.TP
.B 2
Wrong arguments or options.
.TP
.B 3
Bad input data (a file or a value).
.SH ENVIRONMENT
.TP
.B NO_COLOR
When set, progress output uses no colors.
.SH SEE ALSO
The README of the project.
")
file(WRITE ${OUTPUT} "${page}")
