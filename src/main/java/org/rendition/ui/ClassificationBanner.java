package org.rendition.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The banner over the editor showing the open document's classification marking, as printed on
 * its exports, with a menu to change it.
 */
final class ClassificationBanner {
    private ClassificationBanner() {
    }

    static HBox create(ClassificationBannerViewModel viewModel) {
        Label marking = new Label();
        marking.setId("classificationBanner");
        marking.getStyleClass().add("classification-banner");
        marking.textProperty().bind(viewModel.bannerProperty());
        marking.setMaxWidth(Double.MAX_VALUE);
        marking.setAlignment(Pos.CENTER);
        HBox.setHgrow(marking, Priority.ALWAYS);
        MenuButton change = new MenuButton(Messages.get("banner.change"));
        change.setId("classificationMenu");
        for (String label : viewModel.choices()) {
            MenuItem item = new MenuItem(label);
            item.setOnAction(e -> viewModel.classify(label));
            change.getItems().add(item);
        }
        HBox banner = new HBox(6, marking, change);
        banner.setPadding(new Insets(2, 6, 2, 6));
        banner.setAlignment(Pos.CENTER);
        // No document, no marking: the banner takes no room until one is open.
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
