#include "app/document/graphviz_request.h"

#include <cstdlib>

namespace rw::document {

std::vector<std::string> toArguments(const GraphvizRequest& request) {
    const DiagramOptions& o = request.options;
    std::vector<std::string> args{request.job,
                                  "--format=" + request.format,
                                  "--generator=" + request.generator,
                                  "--project-path=" + request.projectPath,
                                  "--theory=" + o.theoryId,
                                  "--view=" + std::string(o.view == DiagramView::Theory     ? "theory"
                                                          : o.view == DiagramView::AllCases ? "all"
                                                                                            : "case"),
                                  "--case=" + o.caseId,
                                  "--rankdir=" + o.rankdir,
                                  "--dpi=" + std::to_string(o.dpi)};
    if (o.highlight) args.emplace_back("--highlight");
    if (o.legend) args.emplace_back("--legend");
    if (o.caption) args.emplace_back("--caption");
    return args;
}

bool fromArguments(const std::vector<std::string>& arguments, GraphvizRequest& request) {
    if (arguments.empty()) return false;
    request = GraphvizRequest{};
    request.job = arguments[0];
    if (request.job != "layout" && request.job != "render" && request.job != "report") return false;
    DiagramOptions& o = request.options;
    o.legend = false;
    o.caption = false;
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const std::string& a = arguments[i];
        auto value = [&a](const char* prefix, std::string& out) {
            std::string p = prefix;
            if (a.compare(0, p.size(), p) != 0) return false;
            out = a.substr(p.size());
            return true;
        };
        std::string v;
        if (value("--format=", request.format) || value("--generator=", request.generator) ||
            value("--project-path=", request.projectPath) ||
            value("--theory=", o.theoryId) || value("--case=", o.caseId) || value("--rankdir=", o.rankdir))
            continue;
        if (value("--view=", v)) {
            if (v == "theory") o.view = DiagramView::Theory;
            else if (v == "all") o.view = DiagramView::AllCases;
            else if (v == "case") o.view = DiagramView::Case;
            else return false;
        } else if (value("--dpi=", v)) {
            o.dpi = std::atof(v.c_str());
        } else if (a == "--highlight") {
            o.highlight = true;
        } else if (a == "--legend") {
            o.legend = true;
        } else if (a == "--caption") {
            o.caption = true;
        } else {
            return false;
        }
    }
    return true;
}

}  // namespace rw::document
